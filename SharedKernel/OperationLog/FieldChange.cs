namespace SalesSuite.SharedKernel.OperationLog;

public sealed record FieldChange(string Field, string? Before, string? After);
