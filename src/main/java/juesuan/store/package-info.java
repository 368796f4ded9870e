/**
 * Persistence: the embedded H2 file (or, later, a shared PostgreSQL server) migrated by Flyway, read and written
 * through jOOQ classes generated from the same migrations. Every write is one transaction.
 */
package juesuan.store;
