// Runs the compiled WeChat package in miniprogram-simulate, for the tests and the bench: launch the app with
// chosen launch options, open a route with a query, wait for Taro's render, tap by visible text, and record (or
// break) every wx API call the app makes.
export * from './app'
export * from './canvas'
export * from './page'
