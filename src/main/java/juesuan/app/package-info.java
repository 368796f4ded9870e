/** Start-up: where the data lives, opening the database with the demo unit, and the JavaFX application. */
package juesuan.app;
