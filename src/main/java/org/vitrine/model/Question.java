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

    /**
     * A stable anchor for this question and answer on the need's page and in the feeds (String's hash
     * is fixed by the Java specification, so every run gives the same anchor).
     */
    public String anchor() {
        return "q-" + Integer.toHexString((question + "\n" + (answer == null ? "" : answer)).hashCode());
    }

    /** Same question and same answer: the key that carries {@code published} over from one edition to the next. */
    public boolean sameAs(Question other) {
        return question.equals(other.question()) && java.util.Objects.equals(answer, other.answer());
    }
}
