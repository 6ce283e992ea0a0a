namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// An area supervisor's behaviour in the period: their stores, the stores' average report compliance and promotion
/// execution rate, the exceptions they granted, the refusals logged in their stores, their stores' flags (open and
/// acknowledged) and the roll-out lines they verified.
/// </summary>
internal sealed record SupervisorLine(
    Guid UserId, string Name, int Stores, decimal? Compliance, ExecutionLine Execution, int ExceptionsGranted, int Refusals, int OpenFlags,
    int AcknowledgedFlags, int Verified);
