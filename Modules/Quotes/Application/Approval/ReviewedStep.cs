namespace SalesSuite.Quotes.Application.Approval;

/// <summary>What the approver's form showed: the step they decide and the version they reviewed.</summary>
internal sealed record ReviewedStep(Guid StepId, string? Version);
