// What other features may use of the account screens.
export { useAccountText } from './text';
