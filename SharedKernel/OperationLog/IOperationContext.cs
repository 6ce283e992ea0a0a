namespace SalesSuite.SharedKernel.OperationLog;

/// <summary>Per-request (scoped) description of the command being executed, read by the operation log.</summary>
public interface IOperationContext
{
    /// <summary>Command name, e.g. "Lead.Claim"; when unset the log writes "{Entity}.{Added|Modified|Deleted}".</summary>
    string? Operation { get; }

    /// <summary>Names the command for every change saved in this scope until it is named again.</summary>
    void Begin(string operation);
}
