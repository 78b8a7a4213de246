package dk.aarshjul.engine;

/** Which node of Årshjul this is, the same at every start: the job executor locks its jobs under it. */
public interface EngineNode {

	String nodeId();

}
