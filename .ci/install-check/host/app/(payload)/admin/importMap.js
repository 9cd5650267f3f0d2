// Written by `payload generate:importmap`; the install check regenerates it with the plugin's components.
export const importMap = {}
