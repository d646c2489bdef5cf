/**
 * Formats problems for people and machines (text, JSON, JUnit, GitHub annotations, SARIF): the
 * only place that formats a position or uses colour. Depends on quire.diag (and the
 * quire.partial usage record for the partials listing).
 */
package quire.report;
