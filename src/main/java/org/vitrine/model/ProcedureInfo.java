package org.vitrine.model;

/** The procedure code, the technique (framework, dps, design_contest) and the route (own, central_purchasing, ...). */
public record ProcedureInfo(String procedure, String technique, String route) {
}
