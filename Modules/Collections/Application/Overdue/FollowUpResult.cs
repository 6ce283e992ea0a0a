namespace SalesSuite.Collections.Application.Overdue;

/// <summary>One pass of the overdue follow-up: items newly reported overdue, untagged items escalated.</summary>
internal sealed record FollowUpResult(int Notified, int Escalated);
