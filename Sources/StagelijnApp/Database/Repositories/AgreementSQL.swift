/// The one SQL definition of "this stage has a signed agreement", used by the coordinator's overview, the home
/// pages and the figures for leadership, so no two pages can disagree: an `EXISTS` over placement `p` (with its
/// student joined as `s`) — a sent agreement signed by school, student and company, and by a parent when the student
/// was under 18 on the day the last of those signed (`AgreementCompleteness.parentSignatureRequired`). Dates are
/// ISO text, so `yyyymmdd` as a number compares them on SQLite and PostgreSQL alike.
enum AgreementSQL {
    static let fullySigned = """
        EXISTS (
          SELECT 1 FROM agreements a WHERE a.placement_id = p.id AND a.sent_at IS NOT NULL
          AND (SELECT COUNT(DISTINCT g.role) FROM agreement_signatures g WHERE g.agreement_id = a.id
               AND g.role IN ('school', 'student', 'company')) = 3
          AND (EXISTS (SELECT 1 FROM agreement_signatures g WHERE g.agreement_id = a.id AND g.role = 'parent')
               OR (SELECT MAX(CAST(REPLACE(g.signed_on, '-', '') AS INTEGER)) FROM agreement_signatures g
                   WHERE g.agreement_id = a.id AND g.role IN ('school', 'student', 'company'))
                  >= CAST(REPLACE(s.birth_date, '-', '') AS INTEGER) + 180000))
        """
}
