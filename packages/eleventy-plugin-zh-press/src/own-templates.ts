/** Input paths of the virtual templates the plugin adds (`<input>/zh-press/<name>.11ty.js`). */
export const OWN_TEMPLATE = /[\\/]zh-press[\\/][^\\/]+\.11ty\.js$/;
