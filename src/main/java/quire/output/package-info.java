/**
 * Writes a built site into a fresh folder beside the target and swaps it in only when the build
 * succeeded, so a failed build leaves the previous site in place; and, for {@code quire serve},
 * patches the few files an edit changed into a site already written, each renamed into place.
 * Only a folder quire owns is ever written. Depends on quire.site.
 */
package quire.output;
