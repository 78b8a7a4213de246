package dk.aarshjul.task;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskInputTests {

	private enum Answer {
		YES, NO
	}

	@Test
	void collectsEveryProblemBeforeRefusingTheFormOnce() {
		TaskInput input = TaskInput.of(FormInputs.completedWith(Map.of("long", "x".repeat(11), "answer", "MAYBE")),
				FormInputs.messagesAsKeys());

		input.requiredText("missing", 10, "a");
		input.optionalText("long", 10, "b");
		input.choice("answer", Answer.class, "c.required");
		input.ticked("box", "d.required");

		assertThat(input.problems()).containsExactly("a.required", "b.tooLong", "c.required", "d.required");
		assertThatThrownBy(input::refuseIfInvalid).isInstanceOf(InvalidTaskInputException.class)
			.hasMessage("a.required b.tooLong c.required d.required");
	}

	@Test
	void readsTrimmedTextChoicesAndTicksWithoutProblems() {
		TaskInput input = TaskInput.of(
				FormInputs.completedWith(Map.of("text", "  svar  ", "answer", "NO", "box", "true", "flag", true)),
				FormInputs.messagesAsKeys());

		assertThat(input.requiredText("text", 4, "a")).isEqualTo("svar");
		assertThat(input.optionalText("none", 4, "b")).isEmpty();
		assertThat(input.choice("answer", Answer.class, "c")).isEqualTo(Answer.NO);
		assertThat(input.ticked("box", "d")).isTrue();
		assertThat(input.yes("flag")).isTrue();
		assertThat(input.yes("none")).isFalse();
		assertThat(input.problems()).isEmpty();
		input.refuseIfInvalid();
	}

}
