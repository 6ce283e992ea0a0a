using SalesSuite.SharedKernel.Persistence;
using SalesSuite.SharedKernel.Tests.Persistence.Lookup;
using SalesSuite.SharedKernel.Tests.Persistence.Lookup.CompiledModels;

namespace SalesSuite.SharedKernel.Tests.Persistence;

/// <summary>How the kernel finds a context's compiled model (by name) and refuses one made by another EF version.</summary>
public sealed class CompiledModelLookupTests
{
    [Fact]
    public void Given_a_compiled_model_of_this_EF_version_Then_it_is_used()
    {
        Assert.Same(CurrentDbContextModel.Instance, DbContextRegistration.CompiledSqliteModel(typeof(CurrentDbContext)));
    }

    [Fact]
    public void Given_a_compiled_model_of_another_EF_version_Then_it_is_not_used()
    {
        Assert.Null(DbContextRegistration.CompiledSqliteModel(typeof(OldDbContext)));
    }

    [Fact]
    public void Given_a_context_without_a_compiled_model_Then_there_is_none()
    {
        Assert.Null(DbContextRegistration.CompiledSqliteModel(typeof(PlainDbContext)));
    }
}
