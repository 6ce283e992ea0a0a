using Microsoft.EntityFrameworkCore.Metadata;
using SalesSuite.SharedKernel.Persistence;

// A generated compiled model derives RuntimeModel through the same constructor (EF marks it as its infrastructure).
#pragma warning disable EF1001

namespace SalesSuite.SharedKernel.Tests.Persistence.Lookup.CompiledModels;

/// <summary>Stands in for a generated model (dotnet-ef writes the EF version into its ProductVersion annotation).</summary>
public sealed class CurrentDbContextModel() : RuntimeModel(skipDetectChanges: false, modelId: Guid.NewGuid(), entityTypeCount: 0)
{
    public static IModel Instance { get; } = Versioned(new CurrentDbContextModel(), DbContextRegistration.EfVersion);

    internal static IModel Versioned(RuntimeModel model, string version)
    {
        model.AddAnnotation("ProductVersion", version);
        return model;
    }
}

public sealed class OldDbContextModel() : RuntimeModel(skipDetectChanges: false, modelId: Guid.NewGuid(), entityTypeCount: 0)
{
    public static IModel Instance { get; } = CurrentDbContextModel.Versioned(new OldDbContextModel(), "9.0.0");
}
