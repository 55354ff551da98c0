import Foundation

/// When evaluations are sent, to whom, and when to remind (issue 13).
public enum EvaluationSchedule {
    /// A stage longer than this many days also gets an evaluation halfway (10 weeks).
    public static let longStageDays = 70
    public static let reminderIntervalDays = 7
    public static let maximumReminders = 2

    /// The moments due for a stage today: the midpoint of a long stage once its middle day has come (while running or
    /// after), and the final evaluation once the stage is completed. A stage ended early (terminated) or not yet
    /// started gets none: only stages that ran are evaluated this way.
    public static func dueMoments(start: LocalDate, end: LocalDate, status: PlacementStatus, today: LocalDate) -> [EvaluationMoment] {
        var moments: [EvaluationMoment] = []
        if status == .active || status == .completed, let middle = midpoint(start: start, end: end), today >= middle {
            moments.append(.midpoint)
        }
        if status == .completed { moments.append(.final) }
        return moments
    }

    /// The middle day of a stage longer than 10 weeks, else nil.
    public static func midpoint(start: LocalDate, end: LocalDate) -> LocalDate? {
        let length = start.days(until: end) + 1
        return length > longStageDays ? start.adding(days: (length - 1) / 2) : nil
    }

    /// Who is asked: always the student and the coordinator; the praktijkbegeleider when the school knows their
    /// e-mail address (the link goes there); the supervisor when one is assigned to the stage.
    public static func perspectives(workplaceMentorHasEmail: Bool, hasSupervisor: Bool) -> [EvaluationPerspective] {
        EvaluationPerspective.allCases.filter {
            switch $0 {
            case .student, .coordinator: true
            case .workplaceMentor: workplaceMentorHasEmail
            case .supervisor: hasSupervisor
            }
        }
    }

    /// A reminder is due 7 days after the last message (first or reminder), at most two, only while unanswered.
    public static func reminderDue(sentAt: Date, lastReminderAt: Date?, remindersSent: Int, answered: Bool, now: Date) -> Bool {
        guard !answered, remindersSent < maximumReminders else { return false }
        let last = lastReminderAt ?? sentAt
        return now >= last.addingTimeInterval(Double(reminderIntervalDays) * 24 * 3600)
    }
}
