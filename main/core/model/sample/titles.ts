/**
 * Friendly titles for generated parameters and properties: the wizard shows `x-ms-summary` to flow
 * makers, so "first_name" must read "First Name" and "userId" "User Id".
 */

/** "first_name" -> "First Name", "userId" -> "User Id", "HTTPStatus" -> "HTTP Status", "@odata.nextLink" -> "Odata Next Link". */
export function friendlyTitle(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return name;
  return words.map((word) => word[0].toUpperCase() + word.slice(1)).join(' ');
}

/** "Get user by id" / "get_user-by id" -> "GetUserById": operation ids from free text. */
export function pascalCase(text: string): string {
  return friendlyTitle(text).replace(/ /g, '');
}

/** Crude English singular for naming path parameters: "users" -> "user", "categories" -> "category". */
export function singular(word: string): string {
  if (/ies$/i.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|us)$/i.test(word)) return word;
  if (/(xes|ches|shes|sses)$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}
