/**
 * A minimal stand-in for @types/react: just the types @lit/react's declarations use, so the React
 * entry type-checks in this repository, where React is not installed. Applications that use the
 * entry have the real @types/react, which the published declarations refer to.
 *
 * Delete this file when @types/react is added as a dev dependency.
 */
declare module 'react' {
  namespace React {
    type Key = string | number | bigint;
    interface ReactElement<P = unknown> {
      type: unknown;
      props: P;
      key: string | null;
    }
    type ReactNode = ReactElement | string | number | bigint | boolean | null | undefined | Iterable<ReactNode>;
    interface RefObject<T> {
      current: T | null;
    }
    type RefCallback<T> = (instance: T | null) => void;
    type Ref<T> = RefCallback<T> | RefObject<T> | null;
    interface RefAttributes<T> {
      ref?: Ref<T> | undefined;
    }
    interface ClassAttributes<T> extends RefAttributes<T> {
      key?: Key | null | undefined;
    }
    type CSSProperties = Record<string, string | number | undefined>;
    interface SyntheticEvent<T = Element, E = Event> {
      currentTarget: T;
      target: EventTarget;
      nativeEvent: E;
      preventDefault(): void;
      stopPropagation(): void;
    }
    type EventHandler<E extends SyntheticEvent> = (event: E) => void;
    interface DOMAttributes<T> {
      children?: ReactNode;
      onClick?: EventHandler<SyntheticEvent<T, MouseEvent>> | undefined;
      onFocus?: EventHandler<SyntheticEvent<T, FocusEvent>> | undefined;
      onBlur?: EventHandler<SyntheticEvent<T, FocusEvent>> | undefined;
      onKeyDown?: EventHandler<SyntheticEvent<T, KeyboardEvent>> | undefined;
    }
    interface HTMLAttributes<T> extends DOMAttributes<T> {
      className?: string | undefined;
      id?: string | undefined;
      lang?: string | undefined;
      dir?: string | undefined;
      hidden?: boolean | undefined;
      role?: string | undefined;
      slot?: string | undefined;
      style?: CSSProperties | undefined;
      tabIndex?: number | undefined;
      title?: string | undefined;
      [aria: `aria-${string}`]: string | number | boolean | undefined;
      [data: `data-${string}`]: string | number | boolean | undefined;
    }
    type DetailedHTMLProps<E extends HTMLAttributes<T>, T> = ClassAttributes<T> & E;
    interface ExoticComponent<P = object> {
      (props: P): ReactNode;
      readonly $$typeof: symbol;
    }
    interface NamedExoticComponent<P = object> extends ExoticComponent<P> {
      displayName?: string | undefined;
    }
    type ForwardRefExoticComponent<P> = NamedExoticComponent<P>;
    function createElement(type: unknown, props?: unknown, ...children: ReactNode[]): ReactElement;
  }
  export = React;
}
