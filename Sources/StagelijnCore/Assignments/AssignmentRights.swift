/// Who does which step with practical assignments, read from the one `AccessPolicy` (resource `.assignment`): a
/// role with school-wide write access manages the library, gives and assesses assignments (coordinator, supervisor);
/// a role whose write access reaches only linked students hands in their own (the student). A parent only reads.
/// The praktijkbegeleider has no role: they confirm through their personal link.
public enum AssignmentRights {
    public static func canManage(_ role: Role) -> Bool {
        AccessPolicy.scope(for: role, .update, .assignment) == .school
    }

    public static func canHandIn(_ role: Role) -> Bool {
        AccessPolicy.scope(for: role, .update, .assignment) == .linkedStudents
    }

    /// The library holds no personal data: staff who may read assignments at all may read it.
    public static func canReadLibrary(_ role: Role) -> Bool {
        AccessPolicy.allows(role, .list, .assignment) && role != .student && role != .parent
    }
}
