"""后台审批: the back-office workbench for the role 后台审批人 (issue 13).

A thin UI over :class:`app.services.backoffice_joint.JointReviewService` on the central
store: the department's cases by stage with the working days left, one case opened
(applicant, checklist, documents, timeline) and each step recorded as the person logged
in. No queue keys, no evaluator, no LED: the back office does not call tickets.
"""
