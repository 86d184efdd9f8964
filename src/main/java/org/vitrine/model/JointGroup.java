package org.vitrine.model;

/**
 * A need's place in a groupement de commandes (L2113-6): the group's name as every member's row writes it (the
 * « Groupement » column), and whether this member is the coordinator, who runs the one consultation for all
 * (the « Coordonnateur » column, oui on its row). Members' needs with the same name are one contract.
 */
public record JointGroup(String name, boolean coordinator) {
}
