import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { appStore } from './appStore';
import type { AppStore } from './store';
import type { AppState } from './types';

const StoreContext = createContext<AppStore | null>(null);

/**
 * Reads the app store in a component. The selector must return a stable value for an unchanged
 * state: use the `selectX` selectors (memoized), a primitive, or wrap an object-building selector
 * in `useShallow` (re-exported from here).
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useContext(StoreContext) ?? appStore, selector);
}

/** The store `useAppStore` reads: the one given to `AppStoreProvider`, else `appStore`. */
export function useAppStoreApi(): AppStore {
  return useContext(StoreContext) ?? appStore;
}

/** Gives a subtree its own store (tests, stories); without it components use `appStore`. */
export function AppStoreProvider(props: { store: AppStore; children?: ReactNode }) {
  return createElement(StoreContext.Provider, { value: props.store }, props.children);
}
