package org.stemsift.synth;

import java.util.List;

/**
 * The columns to draw with and without defects, and the ground truth that goes with them.
 *
 * @param columns columns of the defective image (vacancies have amplitude 0)
 * @param cleanColumns the same lattice without any defect
 */
record Scene(List<Column> columns, List<Column> cleanColumns, List<ColumnSite> sites, List<PlantedDefect> defects) {}
