package org.vitrine.model;

/** A contact: a name and/or an e-mail address. */
public record Contact(String name, String email) {
}
