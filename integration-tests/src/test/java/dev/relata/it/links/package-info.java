/**
 * The entities and the {@code @Graph} record of the tests of attributes on the through record: users
 * who are members of projects (a role, when they joined, when it last changed, a version), review
 * them (any number of times: pairs not unique) and star them (a through record of nothing but its
 * keys). Their tables carry a {@code links_} prefix: the other test packages take {@code users}
 * in the same database.
 */
package dev.relata.it.links;
