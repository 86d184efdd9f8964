package org.vitrine.model;

import java.time.LocalDate;

/**
 * A public question about a need and the buyer's answer (the {@code qa} source): what is said to one
 * supplier is published for all (CONTRACT §8). {@code answer} is null while the buyer has not answered;
 * {@code published} is the date of the edition that first showed this question with this answer.
 */
public record Question(String question, String answer, LocalDate asked, LocalDate answered, LocalDate published) {

    public Question withPublished(LocalDate date) {
        return new Question(question, answer, asked, answered, date);
    }

    /** Same question and same answer: the key that carries {@code published} over from one edition to the next. */
    public boolean sameAs(Question other) {
        return question.equals(other.question()) && java.util.Objects.equals(answer, other.answer());
    }
}
