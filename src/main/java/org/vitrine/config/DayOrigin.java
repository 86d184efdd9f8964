package org.vitrine.config;

/**
 * Where the day of an edition or a check comes from: the --date option, SOURCE_DATE_EPOCH, or today
 * (run.Defaults.editionDate). Its ordinal is the choice the check's messages read (« {2,choice,0#…|1#…|2#…} »).
 */
public enum DayOrigin { GIVEN, EPOCH, TODAY }
