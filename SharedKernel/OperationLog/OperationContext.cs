namespace SalesSuite.SharedKernel.OperationLog;

internal sealed class OperationContext : IOperationContext
{
    public string? Operation { get; private set; }

    public void Begin(string operation) => Operation = operation;
}
