namespace SalesSuite.SharedKernel.Persistence;

/// <summary>Optimistic concurrency: the kernel interceptor bumps Version on every update; a stale edit fails.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
