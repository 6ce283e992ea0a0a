using NodaTime;

namespace SalesSuite.Collections.Contracts;

/// <summary>One milestone of a contract's receivable schedule as published.</summary>
public sealed record ScheduledMilestone(Guid MilestoneId, int Sequence, string Name, string MilestoneType, decimal Amount, LocalDate? DueDate);
