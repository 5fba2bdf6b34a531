package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.ItemSource;
import org.practiceloop.analysis.domain.LoggedInterview;
import org.practiceloop.analysis.messaging.InterviewDeleted;
import org.practiceloop.analysis.messaging.InterviewLogged;
import org.practiceloop.common.event.EventEnvelope;

/**
 * A real interview's feedback, treated like a mock's: split (without the email's courtesies),
 * labelled, its constructive items joining the candidate's themes as a company's evidence; then
 * the plan. Deleting the interview takes its items, and their weight in the plan, with it.
 */
@ApplicationScoped
public class InterviewAnalysisService {

    private static final Logger LOG = Logger.getLogger(InterviewAnalysisService.class);

    private final CompanyFeedbackSplitter splitter;
    private final ItemLabelling labelling;
    private final PlanRecomputation plans;

    InterviewAnalysisService(CompanyFeedbackSplitter splitter, ItemLabelling labelling, PlanRecomputation plans) {
        this.splitter = splitter;
        this.labelling = labelling;
        this.plans = plans;
    }

    @Transactional
    public void logged(EventEnvelope<InterviewLogged> event) {
        InterviewLogged logged = event.data();
        // The same interview published again under a new event id changes nothing either.
        if (LoggedInterview.findById(logged.interviewId()) != null) {
            LOG.debugf("Interview %s already analysed", logged.interviewId());
            return;
        }
        String organizationId = event.organizationId();
        LoggedInterview interview = new LoggedInterview();
        interview.interviewId = logged.interviewId();
        interview.organizationId = organizationId;
        interview.candidateId = logged.candidateId();
        interview.company = logged.company();
        interview.role = logged.role();
        interview.stage = logged.stage();
        interview.interviewDate = logged.interviewDate();
        interview.outcome = logged.outcome();
        interview.loggedAt = logged.loggedAt();
        interview.persist();

        List<FeedbackItem> items = new ArrayList<>();
        for (String piece : splitter.split(logged.feedback())) {
            FeedbackItem item = ItemLabelling.item(ItemSource.COMPANY_FEEDBACK, items.size(), piece);
            item.interviewId = interview.interviewId;
            item.organizationId = organizationId;
            item.candidateId = interview.candidateId;
            items.add(item);
        }
        labelling.labelAndStore(organizationId, items);
        plans.recompute(organizationId, interview.candidateId);
    }

    @Transactional
    public void deleted(EventEnvelope<InterviewDeleted> event) {
        InterviewDeleted deleted = event.data();
        FeedbackItem.delete("interviewId", deleted.interviewId()); // before the interview they reference
        if (LoggedInterview.deleteById(deleted.interviewId())) {
            plans.recompute(event.organizationId(), deleted.candidateId());
        }
    }
}
