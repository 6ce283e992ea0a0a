namespace SalesSuite.Stores.Application.Reports;

/// <summary>The answer to a submit: the report, and whether it had already been received under the same key (a retry).</summary>
internal sealed record ReportSubmitted(Guid ReportId, bool AlreadyReceived);
