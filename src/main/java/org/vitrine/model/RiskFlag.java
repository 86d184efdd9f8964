package org.vitrine.model;

import java.util.List;

/** A risk flag on a need: stable code, severity, a message stating the figures, related need ids. */
public record RiskFlag(String code, String severity, String message, List<String> related) {
}
