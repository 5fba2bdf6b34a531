package org.practiceloop.analysis.rest;

import java.util.List;
import org.practiceloop.analysis.service.InterviewerSummary;

public record InterviewersResponse(List<InterviewerSummary> interviewers) {
}
