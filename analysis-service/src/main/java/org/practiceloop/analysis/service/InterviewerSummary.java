package org.practiceloop.analysis.service;

import java.time.LocalDate;

/** An interviewer of the organisation, as the analysed evaluations name them. */
public record InterviewerSummary(String interviewerId, Long evaluations, LocalDate lastSession) {
}
