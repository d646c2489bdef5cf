/**
 * The command line ({@code build}, {@code check}, {@code serve}, {@code partials}) on picocli:
 * parses flags, calls the pipeline, picks a report, returns the exit code. No site logic.
 * Depends on quire.build, quire.check, quire.serve, quire.output (to refuse an --out it may not
 * replace), quire.partial (the usage listing of {@code quire partials}), quire.report, quire.diag (the problems it is handed), and picocli.
 */
package quire.cli;
