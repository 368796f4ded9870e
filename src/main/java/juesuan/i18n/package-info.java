/** Access to the user-facing texts; usable from every layer. */
package juesuan.i18n;
