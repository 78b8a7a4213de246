/**
 * The engine behind one door: the only package that touches Camunda's internals
 * ({@code org.camunda.bpm.engine.impl}), reads engine commands by reflection or runs SQL on the
 * engine's {@code ACT_*} tables. Every other package uses Camunda's public API and the small,
 * named API here, so a Camunda upgrade (or a move to Operaton) that changes the internals changes
 * this package alone. It depends on no feature package.
 */
package dk.aarshjul.engine;
