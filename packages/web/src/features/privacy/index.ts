// What the app shell uses of "Data saya".
export { usePrivacyText } from './text';
