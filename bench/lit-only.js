// What Lit alone weighs in an element bundle: the base the size targets subtract.
import { LitElement, html, css, svg, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
export { LitElement, html, css, svg, nothing, property, state, repeat, ifDefined };
