package org.practiceloop.analysis.rest;

import java.util.List;
import org.practiceloop.analysis.service.CandidateTheme;

public record CandidateThemesResponse(String candidateId, List<CandidateTheme> themes) {
}
