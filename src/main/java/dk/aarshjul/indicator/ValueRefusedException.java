package dk.aarshjul.indicator;

import java.util.List;

/** Values that were not saved, with every problem in Danish; nothing of the request was saved. */
public class ValueRefusedException extends RuntimeException {

	private final List<String> problems;

	public ValueRefusedException(List<String> problems) {
		super(String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
