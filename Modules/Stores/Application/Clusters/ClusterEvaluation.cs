namespace SalesSuite.Stores.Application.Clusters;

/// <summary>What one evaluation did: clusters raised, and stores added to clusters raised earlier in the week.</summary>
internal sealed record ClusterEvaluation(int Raised, int StoresAdded);
