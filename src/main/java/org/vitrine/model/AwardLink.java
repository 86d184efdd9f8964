package org.vitrine.model;

/**
 * A planned need linked to the award it renews (its current contract), and why. {@code reason}: {@code reference}
 * (the need's reference names the award's id), {@code cpv} (same 8-digit CPV, end date near) or {@code class} (same
 * CPV class, the first four digits, end date near), {@code confirmed} (staff confirmed it in
 * config/award-links.yaml). {@code daysApart}: between the award's end and the need's incumbent end or start
 * (null for a reference or a confirmed link without dates).
 */
public record AwardLink(String needId, String buyerId, String needReference, Award award, String reason, Long daysApart) {
}
