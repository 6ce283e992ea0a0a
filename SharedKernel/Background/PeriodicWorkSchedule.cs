namespace SalesSuite.SharedKernel.Background;

/// <summary>How often <typeparamref name="TWork"/> runs.</summary>
public sealed record PeriodicWorkSchedule<TWork>(TimeSpan Interval) where TWork : IPeriodicWork;
