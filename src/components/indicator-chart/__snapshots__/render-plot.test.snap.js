/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["indicator-chart three areas"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="middle" width="640" height="300" viewBox="0 0 640 300" aria-hidden="true" focusable="false">
<g aria-hidden="true" class="grid" stroke="currentColor" stroke-opacity="0.1" transform="translate(0,0.5)">
<line x1="35" x2="466" y1="266" y2="266">
</line>
<line x1="35" x2="466" y1="230" y2="230">
</line>
<line x1="35" x2="466" y1="194" y2="194">
</line>
<line x1="35" x2="466" y1="158" y2="158">
</line>
<line x1="35" x2="466" y1="122" y2="122">
</line>
<line x1="35" x2="466" y1="86" y2="86">
</line>
<line x1="35" x2="466" y1="50" y2="50">
</line>
<line x1="35" x2="466" y1="14" y2="14">
</line>
</g>
<g class="axis" text-anchor="end" font-variant="tabular-nums" transform="translate(-8.5,0.5)">
<text y="0.32em" transform="translate(35,266)">0%</text>
<text y="0.32em" transform="translate(35,230)">2%</text>
<text y="0.32em" transform="translate(35,194)">4%</text>
<text y="0.32em" transform="translate(35,158)">6%</text>
<text y="0.32em" transform="translate(35,122)">8%</text>
<text y="0.32em" transform="translate(35,86)">10%</text>
<text y="0.32em" transform="translate(35,50)">12%</text>
<text y="0.32em" transform="translate(35,14)">14%</text>
</g>
<g aria-hidden="true" class="axis" fill="none" stroke="currentColor" transform="translate(0.5,0)">
<path transform="translate(45,266)" d="M0,0L0,6">
</path>
<path transform="translate(127.25,266)" d="M0,0L0,6">
</path>
<path transform="translate(209.49,266)" d="M0,0L0,6">
</path>
<path transform="translate(291.62,266)" d="M0,0L0,6">
</path>
<path transform="translate(373.75,266)" d="M0,0L0,6">
</path>
<path transform="translate(456,266)" d="M0,0L0,6">
</path>
</g>
<g class="axis" font-variant="tabular-nums" transform="translate(0.5,9.5)">
<text y="0.71em" transform="translate(45,266)">2019</text>
<text y="0.71em" transform="translate(127.25,266)">2020</text>
<text y="0.71em" transform="translate(209.49,266)">2021</text>
<text y="0.71em" transform="translate(291.62,266)">2022</text>
<text y="0.71em" transform="translate(373.75,266)">2023</text>
<text y="0.71em" transform="translate(456,266)">2024</text>
</g>
<g class="baseline" stroke="currentColor" transform="translate(0,0.5)">
<line x1="35" x2="466" y1="266" y2="266">
</line>
</g>
<g class="line s0" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" transform="translate(0.5,0.5)">
<path d="M45,14L127.25,23L209.49,32L291.62,41L373.76,50L456,59">
</path>
</g>
<g class="line s1" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-dasharray="12 3" transform="translate(0.5,0.5)">
<path d="M45,41L127.25,44.6L209.49,48.2L291.62,51.8L373.76,55.4L456,59">
</path>
</g>
<g class="line s2" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-dasharray="12 3 3 3" transform="translate(0.5,0.5)">
<path d="M45,68L127.25,66.2L209.49,64.4L291.62,62.6L373.76,60.8L456,59">
</path>
</g>
<g class="dot s0" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<circle cx="45" cy="14" r="4">
</circle>
<circle cx="127.25" cy="23" r="4">
</circle>
<circle cx="209.49" cy="32" r="4">
</circle>
<circle cx="291.62" cy="41" r="4">
</circle>
<circle cx="373.75" cy="50" r="4">
</circle>
<circle cx="456" cy="59" r="4">
</circle>
</g>
<g class="dot s1" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<path transform="translate(45,41)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(127.25,44.6)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(209.49,48.2)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(291.62,51.8)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(373.75,55.4)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(456,59)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
</g>
<g class="dot s2" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<path transform="translate(45,68)" d="M0,-6.22L5.39,3.11L-5.39,3.11Z">
</path>
<path transform="translate(127.25,66.2)" d="M0,-6.22L5.39,3.11L-5.39,3.11Z">
</path>
<path transform="translate(209.49,64.4)" d="M0,-6.22L5.39,3.11L-5.39,3.11Z">
</path>
<path transform="translate(291.62,62.6)" d="M0,-6.22L5.39,3.11L-5.39,3.11Z">
</path>
<path transform="translate(373.75,60.8)" d="M0,-6.22L5.39,3.11L-5.39,3.11Z">
</path>
<path transform="translate(456,59)" d="M0,-6.22L5.39,3.11L-5.39,3.11Z">
</path>
</g>
<g class="label s0" text-anchor="start" transform="translate(9.5,0.5)">
<text y="0.32em" transform="translate(456,59)">Utrecht</text>
</g>
<g class="label s1" text-anchor="start" transform="translate(9.5,0.5)">
<text y="0.32em" transform="translate(456,76)">Jeugdregio Utrecht Stad</text>
</g>
<g class="label s2" text-anchor="start" transform="translate(9.5,0.5)">
<text y="0.32em" transform="translate(456,93)">Nederland</text>
</g>
</svg>`;
/* end snapshot indicator-chart three areas */

snapshots["indicator-chart band"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="middle" width="640" height="300" viewBox="0 0 640 300" aria-hidden="true" focusable="false">
<g aria-hidden="true" class="grid" stroke="currentColor" stroke-opacity="0.1" transform="translate(0,0.5)">
<line x1="35" x2="563" y1="266" y2="266">
</line>
<line x1="35" x2="563" y1="203" y2="203">
</line>
<line x1="35" x2="563" y1="140" y2="140">
</line>
<line x1="35" x2="563" y1="77" y2="77">
</line>
<line x1="35" x2="563" y1="14" y2="14">
</line>
</g>
<g class="axis" text-anchor="end" font-variant="tabular-nums" transform="translate(-8.5,0.5)">
<text y="0.32em" transform="translate(35,266)">0%</text>
<text y="0.32em" transform="translate(35,203)">5%</text>
<text y="0.32em" transform="translate(35,140)">10%</text>
<text y="0.32em" transform="translate(35,77)">15%</text>
<text y="0.32em" transform="translate(35,14)">20%</text>
</g>
<g aria-hidden="true" class="axis" fill="none" stroke="currentColor" transform="translate(0.5,0)">
<path transform="translate(45,266)" d="M0,0L0,6">
</path>
<path transform="translate(146.66,266)" d="M0,0L0,6">
</path>
<path transform="translate(248.31,266)" d="M0,0L0,6">
</path>
<path transform="translate(349.83,266)" d="M0,0L0,6">
</path>
<path transform="translate(451.34,266)" d="M0,0L0,6">
</path>
<path transform="translate(553,266)" d="M0,0L0,6">
</path>
</g>
<g class="axis" font-variant="tabular-nums" transform="translate(0.5,9.5)">
<text y="0.71em" transform="translate(45,266)">2019</text>
<text y="0.71em" transform="translate(146.66,266)">2020</text>
<text y="0.71em" transform="translate(248.31,266)">2021</text>
<text y="0.71em" transform="translate(349.83,266)">2022</text>
<text y="0.71em" transform="translate(451.34,266)">2023</text>
<text y="0.71em" transform="translate(553,266)">2024</text>
</g>
<g class="baseline" stroke="currentColor" transform="translate(0,0.5)">
<line x1="35" x2="563" y1="266" y2="266">
</line>
</g>
<g class="band s0">
<path d="M45,69.44L146.66,75.74L248.31,82.04L349.83,88.34L451.34,94.64L553,100.94L553,141.26L451.34,134.96L349.83,128.66L248.31,122.36L146.66,116.06L45,109.76Z">
</path>
</g>
<g class="band s1">
<path d="M45,117.32L146.66,117.32L248.31,117.32L349.83,117.32L451.34,117.32L553,117.32L553,124.88L451.34,124.88L349.83,124.88L248.31,124.88L146.66,124.88L45,124.88Z">
</path>
</g>
<g class="line s0" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" transform="translate(0.5,0.5)">
<path d="M45,89.6L146.66,95.9L248.31,102.2L349.83,108.5L451.34,114.8L553,121.1">
</path>
</g>
<g class="line s1" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-dasharray="12 3" transform="translate(0.5,0.5)">
<path d="M45,121.1L146.66,121.1L248.31,121.1L349.83,121.1L451.34,121.1L553,121.1">
</path>
</g>
<g class="dot s0" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<circle cx="45" cy="89.6" r="4">
</circle>
<circle cx="146.66" cy="95.9" r="4">
</circle>
<circle cx="248.31" cy="102.2" r="4">
</circle>
<circle cx="349.83" cy="108.5" r="4">
</circle>
<circle cx="451.34" cy="114.8" r="4">
</circle>
<circle cx="553" cy="121.1" r="4">
</circle>
</g>
<g class="dot s1" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<path transform="translate(45,121.1)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(146.66,121.1)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(248.31,121.1)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(349.83,121.1)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(451.34,121.1)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(553,121.1)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
</g>
<g class="label s0" text-anchor="start" transform="translate(9.5,0.5)">
<text y="0.32em" transform="translate(553,121.1)">Utrecht</text>
</g>
<g class="label s1" text-anchor="start" transform="translate(9.5,0.5)">
<text y="0.32em" transform="translate(553,138.1)">Nederland</text>
</g>
</svg>`;
/* end snapshot indicator-chart band */

snapshots["indicator-chart provisional"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="middle" width="640" height="300" viewBox="0 0 640 300" aria-hidden="true" focusable="false">
<g aria-hidden="true" class="grid" stroke="currentColor" stroke-opacity="0.1" transform="translate(0,0.5)">
<line x1="35" x2="563" y1="266" y2="266">
</line>
<line x1="35" x2="563" y1="230" y2="230">
</line>
<line x1="35" x2="563" y1="194" y2="194">
</line>
<line x1="35" x2="563" y1="158" y2="158">
</line>
<line x1="35" x2="563" y1="122" y2="122">
</line>
<line x1="35" x2="563" y1="86" y2="86">
</line>
<line x1="35" x2="563" y1="50" y2="50">
</line>
<line x1="35" x2="563" y1="14" y2="14">
</line>
</g>
<g class="axis" text-anchor="end" font-variant="tabular-nums" transform="translate(-8.5,0.5)">
<text y="0.32em" transform="translate(35,266)">0%</text>
<text y="0.32em" transform="translate(35,230)">2%</text>
<text y="0.32em" transform="translate(35,194)">4%</text>
<text y="0.32em" transform="translate(35,158)">6%</text>
<text y="0.32em" transform="translate(35,122)">8%</text>
<text y="0.32em" transform="translate(35,86)">10%</text>
<text y="0.32em" transform="translate(35,50)">12%</text>
<text y="0.32em" transform="translate(35,14)">14%</text>
</g>
<g aria-hidden="true" class="axis" fill="none" stroke="currentColor" transform="translate(0.5,0)">
<path transform="translate(45,266)" d="M0,0L0,6">
</path>
<path transform="translate(146.66,266)" d="M0,0L0,6">
</path>
<path transform="translate(248.31,266)" d="M0,0L0,6">
</path>
<path transform="translate(349.83,266)" d="M0,0L0,6">
</path>
<path transform="translate(451.34,266)" d="M0,0L0,6">
</path>
<path transform="translate(553,266)" d="M0,0L0,6">
</path>
</g>
<g class="axis" font-variant="tabular-nums" transform="translate(0.5,9.5)">
<text y="0.71em" transform="translate(45,266)">2019</text>
<text y="0.71em" transform="translate(146.66,266)">2020</text>
<text y="0.71em" transform="translate(248.31,266)">2021</text>
<text y="0.71em" transform="translate(349.83,266)">2022</text>
<text y="0.71em" transform="translate(451.34,266)">2023</text>
<text y="0.71em" transform="translate(553,266)">2024</text>
</g>
<g class="baseline" stroke="currentColor" transform="translate(0,0.5)">
<line x1="35" x2="563" y1="266" y2="266">
</line>
</g>
<g class="line s0" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" transform="translate(0.5,0.5)">
<path d="M45,14L146.66,23L248.31,32L349.83,41L451.34,50">
</path>
</g>
<g class="line s0 provisional" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round" stroke-dasharray="2 4" transform="translate(0.5,0.5)">
<path d="M451.34,50L553,59">
</path>
</g>
<g class="line s1" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-dasharray="12 3" transform="translate(0.5,0.5)">
<path d="M45,68L146.66,66.2L248.31,64.4L349.83,62.6L451.34,60.8">
</path>
</g>
<g class="line s1 provisional" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round" stroke-dasharray="2 4" transform="translate(0.5,0.5)">
<path d="M451.34,60.8L553,59">
</path>
</g>
<g class="dot s0" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<circle cx="45" cy="14" r="4">
</circle>
<circle cx="146.66" cy="23" r="4">
</circle>
<circle cx="248.31" cy="32" r="4">
</circle>
<circle cx="349.83" cy="41" r="4">
</circle>
<circle cx="451.34" cy="50" r="4">
</circle>
</g>
<g class="dot s0 hollow" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<circle cx="553" cy="59" r="4">
</circle>
</g>
<g class="dot s1" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<path transform="translate(45,68)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(146.66,66.2)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(248.31,64.4)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(349.83,62.6)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(451.34,60.8)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
</g>
<g class="dot s1 hollow" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<path transform="translate(553,59)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
</g>
<g class="label s0" text-anchor="start" transform="translate(9.5,0.5)">
<text y="0.32em" transform="translate(553,59)">Utrecht</text>
</g>
<g class="label s1" text-anchor="start" transform="translate(9.5,0.5)">
<text y="0.32em" transform="translate(553,76)">Nederland</text>
</g>
</svg>`;
/* end snapshot indicator-chart provisional */

snapshots["indicator-chart suppressed"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="middle" width="640" height="300" viewBox="0 0 640 300" aria-hidden="true" focusable="false">
<g aria-hidden="true" class="grid" stroke="currentColor" stroke-opacity="0.1" transform="translate(0,0.5)">
<line x1="35" x2="577" y1="266" y2="266">
</line>
<line x1="35" x2="577" y1="230" y2="230">
</line>
<line x1="35" x2="577" y1="194" y2="194">
</line>
<line x1="35" x2="577" y1="158" y2="158">
</line>
<line x1="35" x2="577" y1="122" y2="122">
</line>
<line x1="35" x2="577" y1="86" y2="86">
</line>
<line x1="35" x2="577" y1="50" y2="50">
</line>
<line x1="35" x2="577" y1="14" y2="14">
</line>
</g>
<g class="axis" text-anchor="end" font-variant="tabular-nums" transform="translate(-8.5,0.5)">
<text y="0.32em" transform="translate(35,266)">0%</text>
<text y="0.32em" transform="translate(35,230)">2%</text>
<text y="0.32em" transform="translate(35,194)">4%</text>
<text y="0.32em" transform="translate(35,158)">6%</text>
<text y="0.32em" transform="translate(35,122)">8%</text>
<text y="0.32em" transform="translate(35,86)">10%</text>
<text y="0.32em" transform="translate(35,50)">12%</text>
<text y="0.32em" transform="translate(35,14)">14%</text>
</g>
<g aria-hidden="true" class="axis" fill="none" stroke="currentColor" transform="translate(0.5,0)">
<path transform="translate(45,266)" d="M0,0L0,6">
</path>
<path transform="translate(149.46,266)" d="M0,0L0,6">
</path>
<path transform="translate(253.91,266)" d="M0,0L0,6">
</path>
<path transform="translate(358.23,266)" d="M0,0L0,6">
</path>
<path transform="translate(462.54,266)" d="M0,0L0,6">
</path>
<path transform="translate(567,266)" d="M0,0L0,6">
</path>
</g>
<g class="axis" font-variant="tabular-nums" transform="translate(0.5,9.5)">
<text y="0.71em" transform="translate(45,266)">2019</text>
<text y="0.71em" transform="translate(149.46,266)">2020</text>
<text y="0.71em" transform="translate(253.91,266)">2021</text>
<text y="0.71em" transform="translate(358.23,266)">2022</text>
<text y="0.71em" transform="translate(462.54,266)">2023</text>
<text y="0.71em" transform="translate(567,266)">2024</text>
</g>
<g class="baseline" stroke="currentColor" transform="translate(0,0.5)">
<line x1="35" x2="577" y1="266" y2="266">
</line>
</g>
<g class="line s0" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" transform="translate(0.5,0.5)">
<path d="M45,14L149.46,23">
</path>
</g>
<g class="line s0" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" transform="translate(0.5,0.5)">
<path d="M462.54,50L567,59">
</path>
</g>
<g class="dot s0" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<circle cx="45" cy="14" r="4">
</circle>
<circle cx="149.46" cy="23" r="4">
</circle>
<circle cx="462.54" cy="50" r="4">
</circle>
<circle cx="567" cy="59" r="4">
</circle>
</g>
<g class="label s0" text-anchor="start" transform="translate(9.5,0.5)">
<text y="0.32em" transform="translate(567,59)">Utrecht</text>
</g>
</svg>`;
/* end snapshot indicator-chart suppressed */

snapshots["indicator-chart series break"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="middle" width="640" height="300" viewBox="0 0 640 300" aria-hidden="true" focusable="false">
<g aria-hidden="true" class="grid" stroke="currentColor" stroke-opacity="0.1" transform="translate(0,0.5)">
<line x1="35" x2="563" y1="266" y2="266">
</line>
<line x1="35" x2="563" y1="231.71" y2="231.71">
</line>
<line x1="35" x2="563" y1="197.43" y2="197.43">
</line>
<line x1="35" x2="563" y1="163.14" y2="163.14">
</line>
<line x1="35" x2="563" y1="128.86" y2="128.86">
</line>
<line x1="35" x2="563" y1="94.57" y2="94.57">
</line>
<line x1="35" x2="563" y1="60.29" y2="60.29">
</line>
<line x1="35" x2="563" y1="26" y2="26">
</line>
</g>
<g class="axis" text-anchor="end" font-variant="tabular-nums" transform="translate(-8.5,0.5)">
<text y="0.32em" transform="translate(35,266)">0%</text>
<text y="0.32em" transform="translate(35,231.71)">2%</text>
<text y="0.32em" transform="translate(35,197.43)">4%</text>
<text y="0.32em" transform="translate(35,163.14)">6%</text>
<text y="0.32em" transform="translate(35,128.86)">8%</text>
<text y="0.32em" transform="translate(35,94.57)">10%</text>
<text y="0.32em" transform="translate(35,60.29)">12%</text>
<text y="0.32em" transform="translate(35,26)">14%</text>
</g>
<g aria-hidden="true" class="axis" fill="none" stroke="currentColor" transform="translate(0.5,0)">
<path transform="translate(45,266)" d="M0,0L0,6">
</path>
<path transform="translate(146.66,266)" d="M0,0L0,6">
</path>
<path transform="translate(248.31,266)" d="M0,0L0,6">
</path>
<path transform="translate(349.83,266)" d="M0,0L0,6">
</path>
<path transform="translate(451.34,266)" d="M0,0L0,6">
</path>
<path transform="translate(553,266)" d="M0,0L0,6">
</path>
</g>
<g class="axis" font-variant="tabular-nums" transform="translate(0.5,9.5)">
<text y="0.71em" transform="translate(45,266)">2019</text>
<text y="0.71em" transform="translate(146.66,266)">2020</text>
<text y="0.71em" transform="translate(248.31,266)">2021</text>
<text y="0.71em" transform="translate(349.83,266)">2022</text>
<text y="0.71em" transform="translate(451.34,266)">2023</text>
<text y="0.71em" transform="translate(553,266)">2024</text>
</g>
<g class="baseline" stroke="currentColor" transform="translate(0,0.5)">
<line x1="35" x2="563" y1="266" y2="266">
</line>
</g>
<g class="break" stroke="currentColor" stroke-dasharray="3 3" transform="translate(0.5,0)">
<line x1="299.07" x2="299.07" y1="26" y2="266">
</line>
</g>
<g class="break-label" transform="translate(0.5,-13.5)">
<text y="0.71em" transform="translate(299.07,26)">trendbreuk</text>
</g>
<g class="line s0" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" transform="translate(0.5,0.5)">
<path d="M45,26L146.66,31.14L248.31,36.29">
</path>
</g>
<g class="line s0" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" transform="translate(0.5,0.5)">
<path d="M349.83,110L451.34,115.14L553,120.29">
</path>
</g>
<g class="line s1" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-dasharray="12 3" transform="translate(0.5,0.5)">
<path d="M45,60.29L146.66,58.57L248.31,56.86">
</path>
</g>
<g class="line s1" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-dasharray="12 3" transform="translate(0.5,0.5)">
<path d="M349.83,106.57L451.34,104.86L553,103.14">
</path>
</g>
<g class="dot s0" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<circle cx="45" cy="26" r="4">
</circle>
<circle cx="146.66" cy="31.14" r="4">
</circle>
<circle cx="248.31" cy="36.29" r="4">
</circle>
<circle cx="349.83" cy="110" r="4">
</circle>
<circle cx="451.34" cy="115.14" r="4">
</circle>
<circle cx="553" cy="120.29" r="4">
</circle>
</g>
<g class="dot s1" stroke="currentColor" stroke-width="1.5" transform="translate(0.5,0.5)">
<path transform="translate(45,60.29)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(146.66,58.57)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(248.31,56.86)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(349.83,106.57)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(451.34,104.86)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
<path transform="translate(553,103.14)" d="M-3.54,-3.54h7.09v7.09h-7.09Z">
</path>
</g>
<g class="label s0" text-anchor="start" transform="translate(9.5,0.5)">
<text y="0.32em" transform="translate(553,120.29)">Utrecht</text>
</g>
<g class="label s1" text-anchor="start" transform="translate(9.5,0.5)">
<text y="0.32em" transform="translate(553,103.14)">Nederland</text>
</g>
</svg>`;
/* end snapshot indicator-chart series break */

snapshots["indicator-chart one period"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="middle" width="640" height="189" viewBox="0 0 640 189" aria-hidden="true" focusable="false">
<g aria-hidden="true" class="axis" fill="none" stroke="currentColor" transform="translate(0.5,0)">
<path transform="translate(10,159)" d="M0,0L0,6">
</path>
<path transform="translate(60.2,159)" d="M0,0L0,6">
</path>
<path transform="translate(110.4,159)" d="M0,0L0,6">
</path>
<path transform="translate(160.6,159)" d="M0,0L0,6">
</path>
<path transform="translate(210.8,159)" d="M0,0L0,6">
</path>
<path transform="translate(261,159)" d="M0,0L0,6">
</path>
<path transform="translate(311.2,159)" d="M0,0L0,6">
</path>
<path transform="translate(361.4,159)" d="M0,0L0,6">
</path>
<path transform="translate(411.6,159)" d="M0,0L0,6">
</path>
<path transform="translate(461.8,159)" d="M0,0L0,6">
</path>
<path transform="translate(512,159)" d="M0,0L0,6">
</path>
</g>
<g class="axis" font-variant="tabular-nums" transform="translate(0.5,9.5)">
<text y="0.71em" transform="translate(10,159)">0%</text>
<text y="0.71em" transform="translate(60.2,159)">2%</text>
<text y="0.71em" transform="translate(110.4,159)">4%</text>
<text y="0.71em" transform="translate(160.6,159)">6%</text>
<text y="0.71em" transform="translate(210.8,159)">8%</text>
<text y="0.71em" transform="translate(261,159)">10%</text>
<text y="0.71em" transform="translate(311.2,159)">12%</text>
<text y="0.71em" transform="translate(361.4,159)">14%</text>
<text y="0.71em" transform="translate(411.6,159)">16%</text>
<text y="0.71em" transform="translate(461.8,159)">18%</text>
<text y="0.71em" transform="translate(512,159)">20%</text>
</g>
<g class="bar s0 hollow" stroke="currentColor" stroke-dasharray="4 3">
<rect x="10" y="27" width="308.73" height="22">
</rect>
</g>
<g class="bar s1" stroke="currentColor">
<rect x="10" y="82" width="278.61" height="22">
</rect>
</g>
<g class="bar s2" stroke="currentColor">
<rect x="10" y="137" width="261.04" height="22">
</rect>
</g>
<g class="interval" stroke="currentColor" transform="translate(0,0.5)">
<line x1="263.51" x2="376.46" y1="38" y2="38">
</line>
<line x1="266.02" x2="311.2" y1="93" y2="93">
</line>
<line x1="266.02" x2="276.06" y1="148" y2="148">
</line>
</g>
<g class="interval" stroke="currentColor" transform="translate(0.5,0)">
<line x1="263.51" x2="263.51" y1="32" y2="44">
</line>
<line x1="376.46" x2="376.46" y1="32" y2="44">
</line>
<line x1="266.02" x2="266.02" y1="87" y2="99">
</line>
<line x1="311.2" x2="311.2" y1="87" y2="99">
</line>
<line x1="266.02" x2="266.02" y1="142" y2="154">
</line>
<line x1="276.06" x2="276.06" y1="142" y2="154">
</line>
</g>
<g class="baseline" stroke="currentColor" transform="translate(0.5,0)">
<line x1="10" x2="10" y1="8" y2="159">
</line>
</g>
<g class="row-label" text-anchor="start" transform="translate(0.5,0.5)">
<text y="0.32em" transform="translate(10,15.5)">Utrecht</text>
<text y="0.32em" transform="translate(10,70.5)">Jeugdregio Utrecht Stad</text>
<text y="0.32em" transform="translate(10,125.5)">Nederland</text>
</g>
<g class="value-label" text-anchor="start" transform="translate(8.5,0.5)">
<text y="0.32em" transform="translate(376.46,38)">12,3% (voorlopig)</text>
<text y="0.32em" transform="translate(311.2,93)">11,1%</text>
<text y="0.32em" transform="translate(276.06,148)">10,4%</text>
</g>
</svg>`;
/* end snapshot indicator-chart one period */

snapshots["indicator-chart panel statement"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="middle" width="640" height="192" viewBox="0 0 640 192" aria-hidden="true" focusable="false">
<g aria-hidden="true" class="axis" fill="none" stroke="currentColor" transform="translate(0.5,0)">
<path transform="translate(33.13,162)" d="M0,0L0,6">
</path>
<path transform="translate(128.75,162)" d="M0,0L0,6">
</path>
<path transform="translate(224.38,162)" d="M0,0L0,6">
</path>
<path transform="translate(320,162)" d="M0,0L0,6">
</path>
<path transform="translate(415.63,162)" d="M0,0L0,6">
</path>
<path transform="translate(511.25,162)" d="M0,0L0,6">
</path>
<path transform="translate(606.88,162)" d="M0,0L0,6">
</path>
</g>
<g class="axis" font-variant="tabular-nums" transform="translate(0.5,9.5)">
<text y="0.71em" transform="translate(33.13,162)">75%</text>
<text y="0.71em" transform="translate(128.75,162)">50%</text>
<text y="0.71em" transform="translate(224.38,162)">25%</text>
<text y="0.71em" transform="translate(320,162)">0%</text>
<text y="0.71em" transform="translate(415.63,162)">25%</text>
<text y="0.71em" transform="translate(511.25,162)">50%</text>
<text y="0.71em" transform="translate(606.88,162)">75%</text>
</g>
<g class="segment c-neg-1">
<rect x="214.81" y="24" width="25.5" height="26">
</rect>
<rect x="224.38" y="80" width="21.25" height="26">
</rect>
<rect x="230.75" y="136" width="12.75" height="26">
</rect>
</g>
<g class="segment c-neg-2">
<rect x="240.31" y="24" width="44.62" height="26">
</rect>
<rect x="245.63" y="80" width="42.5" height="26">
</rect>
<rect x="243.5" y="136" width="38.25" height="26">
</rect>
</g>
<g class="segment c-neutral">
<rect x="284.94" y="24" width="70.13" height="26">
</rect>
<rect x="288.13" y="80" width="63.75" height="26">
</rect>
<rect x="281.75" y="136" width="76.5" height="26">
</rect>
</g>
<g class="segment c-pos-2">
<rect x="355.06" y="24" width="146.62" height="26">
</rect>
<rect x="351.87" y="80" width="170" height="26">
</rect>
<rect x="358.25" y="136" width="191.25" height="26">
</rect>
</g>
<g class="segment c-pos-1">
<rect x="501.69" y="24" width="95.63" height="26">
</rect>
<rect x="521.88" y="80" width="85" height="26">
</rect>
<rect x="549.5" y="136" width="63.75" height="26">
</rect>
</g>
<g class="centre" stroke="currentColor" transform="translate(0.5,0)">
<line x1="320" x2="320" y1="21" y2="53">
</line>
<line x1="320" x2="320" y1="77" y2="109">
</line>
<line x1="320" x2="320" y1="133" y2="165">
</line>
</g>
<g class="segment-label on-light" transform="translate(0.5,0.5)">
<text y="0.32em" transform="translate(262.63,37)">12%</text>
<text y="0.32em" transform="translate(320,37)">18%</text>
<text y="0.32em" transform="translate(428.37,37)">38%</text>
<text y="0.32em" transform="translate(266.88,93)">11%</text>
<text y="0.32em" transform="translate(320,93)">17%</text>
<text y="0.32em" transform="translate(436.87,93)">44%</text>
<text y="0.32em" transform="translate(262.63,149)">10%</text>
<text y="0.32em" transform="translate(320,149)">20%</text>
<text y="0.32em" transform="translate(453.88,149)">50%</text>
</g>
<g class="segment-label on-strong" transform="translate(0.5,0.5)">
<text y="0.32em" transform="translate(549.5,37)">25%</text>
<text y="0.32em" transform="translate(564.38,93)">22%</text>
<text y="0.32em" transform="translate(581.38,149)">17%</text>
</g>
<g class="row-label" text-anchor="start" transform="translate(0.5,0.5)">
<text y="0.32em" transform="translate(14,13.5)">Jongeren (n = 120, respons 38%)</text>
<text y="0.32em" transform="translate(14,69.5)">Ouders (n = 90, respons 31%)</text>
<text y="0.32em" transform="translate(14,125.5)">Professionals (n = 60, respons 55%)</text>
</g>
</svg>`;
/* end snapshot indicator-chart panel statement */

