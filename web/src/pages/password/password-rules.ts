/** The password policy shown to the user; the server checks the same rules and has the last word. */
export const MIN_PASSWORD_LENGTH = 12;

const CHARACTER_CLASSES = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/];

/** Returns the Chinese source string of the first broken rule, or undefined when the password passes. */
export function findPasswordProblem(password: string, username: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return "密码至少 12 位";
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
  if (classes < 3) return "密码须包含大写字母、小写字母、数字、符号中的至少三类";
  if (username && password.toLowerCase().includes(username.toLowerCase())) return "密码不能包含用户名";
  return undefined;
}
