namespace UNModel;

/// <content>The runtime library makes the shared rule list public.</content>
public static partial class RuleIds;
